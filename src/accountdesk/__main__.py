from accountdesk.launch import main

raise SystemExit(main())
