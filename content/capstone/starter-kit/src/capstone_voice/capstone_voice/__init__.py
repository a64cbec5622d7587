"""capstone_voice (capstone starter kit)."""
