"""Test double of `launch.launch_description_sources`."""
from _double import Recorded


class PythonLaunchDescriptionSource(Recorded):
    POSITIONAL = ('launch_file_path',)
    REQUIRED = ('launch_file_path',)
