from setuptools import find_packages, setup

package_name = 'capstone_navigation'

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
    description='navigate_skill (place names to Nav2 goals) and cmd_vel_watchdog.',
    license='Apache-2.0',
    tests_require=['pytest'],
    entry_points={
        'console_scripts': [
            'navigate_skill = capstone_navigation.navigate_skill:main',
            'cmd_vel_watchdog = capstone_navigation.cmd_vel_watchdog:main',
        ],
    },
)
