"""capstone_navigation (capstone starter kit)."""
