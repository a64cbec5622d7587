"""capstone_perception (capstone starter kit)."""
