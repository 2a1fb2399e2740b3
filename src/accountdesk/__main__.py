from accountdesk.cli import main

raise SystemExit(main())
