"""Running the service: health endpoints, Prometheus metrics, structured logs."""
