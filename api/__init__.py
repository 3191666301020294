"""HTTP: FastAPI routers, auth dependencies, the problem+json handler, middleware, metrics."""
