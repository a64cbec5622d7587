from setuptools import find_packages, setup

package_name = 'capstone_perception'

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
    description='object_locator: detections from the RGB-D camera as poses in the map frame (stub).',
    license='Apache-2.0',
    tests_require=['pytest'],
    entry_points={
        'console_scripts': [
            'object_locator = capstone_perception.object_locator:main',
        ],
    },
)
