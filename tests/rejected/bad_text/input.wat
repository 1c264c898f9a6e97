(module (func $f (frobnicate)))
