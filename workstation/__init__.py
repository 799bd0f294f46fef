"""The domain: services and rules of the workstation. Never imports Qt."""
