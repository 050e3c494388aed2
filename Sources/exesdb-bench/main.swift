print("exesdb-bench")
