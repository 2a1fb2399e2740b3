"""The bundle's entry point: the same program as the `accountdesk` console script."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The month-end batch starts its report workers by running this executable again
    # (a fork server on Linux and macOS, fresh processes on Windows); those runs must
    # become workers here, before anything reads the command line.
    multiprocessing.freeze_support()
    from accountdesk.launch import main

    sys.exit(main())
