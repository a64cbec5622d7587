from setuptools import find_packages, setup

package_name = 'capstone_voice'

setup(
    name=package_name,
    version='0.1.0',
    packages=find_packages(exclude=['test']),
    data_files=[
        ('share/ament_index/resource_index/packages', ['resource/' + package_name]),
        ('share/' + package_name, ['package.xml']),
    ],
    install_requires=['setuptools'],
    zip_safe=True,
    maintainer='Capstone team',
    maintainer_email='student@example.com',
    description='Push-to-talk Whisper listener and text-to-speech speaker (stubs).',
    license='Apache-2.0',
    tests_require=['pytest'],
    entry_points={
        'console_scripts': [
            'whisper_listener = capstone_voice.whisper_listener:main',
            'tts_speaker = capstone_voice.tts_speaker:main',
        ],
    },
)
