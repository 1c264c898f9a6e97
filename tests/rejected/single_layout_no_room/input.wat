(module
  (memory (export "memory") 1 65500)
  (func (export "_start")))
