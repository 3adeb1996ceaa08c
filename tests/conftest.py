"""Suite-wide pytest plugins: pytester runs the README's example as a user's own test file."""

pytest_plugins = ["pytester"]
