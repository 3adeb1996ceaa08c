"""Suite-wide pytest plugins: pytester runs the README's example as a user's own test file; tests.fake_clients has
the fake-and-client fixtures the runtime and workflow tests share."""

pytest_plugins = ["pytester", "tests.fake_clients"]
