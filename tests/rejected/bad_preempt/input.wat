;; `--preempt 0`: the interval is a number of loop iterations, 1 or more.
(module
  (memory (export "memory") 1)
  (func (export "_start")))
