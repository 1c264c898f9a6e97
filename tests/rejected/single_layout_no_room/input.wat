(module
  (memory (export "memory") 1 65530)
  (func (export "_start")))
