[inputs: ["{mix,.formatter}.exs", "{lib,test,e2e}/**/*.{ex,exs}"]]
