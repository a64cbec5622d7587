"""capstone_manipulation (capstone starter kit)."""
