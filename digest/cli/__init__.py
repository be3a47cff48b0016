"""The ``digest`` command: takes argv and a config file, calls the library; returns an exit code."""
