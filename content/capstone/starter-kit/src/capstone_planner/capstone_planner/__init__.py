"""capstone_planner (capstone starter kit)."""
