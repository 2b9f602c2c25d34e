"""Benchmarks of the site: build speed, scaling, live reload and page weight (`make bench`)."""
