/* Traps two calls deep in functions of its own, after some output: the
   C counterpart of ../src/bin/trap.rs (built by harness::c_debug_module
   with Debian's clang 14 and wasi-libc, -g -O1, DWARF 4 and 5). */
#include <stdio.h>
#include <stdlib.h>

__attribute__((noinline)) static int leaf(const int *values, int n, int at) {
  int v = values[at % n];
  if (v == 3) {
    abort();
  }
  return v * 2;
}

__attribute__((noinline)) static int middle(const int *values, int n) {
  int sum = 0;
  for (int at = 0; at < n; at++) {
    sum += leaf(values, n, at);
  }
  return sum;
}

int main(void) {
  int values[8];
  for (int i = 0; i < 8; i++) values[i] = i;
  printf("summing %d values\n", 8);
  fflush(stdout);
  printf("total %d\n", middle(values, 8));
  return 0;
}
