//! Prints every argument and environment variable, in order, with sizes.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    println!("argc={}", args.len());
    for (i, a) in args.iter().enumerate() {
        println!("arg[{i}]={a:?} ({} bytes)", a.len());
    }
    let vars: Vec<(String, String)> = std::env::vars().collect();
    println!("envc={}", vars.len());
    for (k, v) in &vars {
        println!("env {k:?}={v:?}");
    }
    let (mut argc, mut asize, mut envc, mut esize) = (0, 0, 0, 0);
    unsafe {
        p1_adapt_test_programs::args_sizes_get(&mut argc, &mut asize);
        p1_adapt_test_programs::environ_sizes_get(&mut envc, &mut esize);
    }
    println!("sizes: args {argc}/{asize} env {envc}/{esize}");
}
