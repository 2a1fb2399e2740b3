"""Pure rules: tiers, periods, proration, overage, review cadences. No Qt, no database, no files."""
