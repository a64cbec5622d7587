from setuptools import find_packages, setup

package_name = 'capstone_manipulation'

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
    description='grasp_server: the Grasp action (stub: implement with MoveIt 2 and the gripper controller).',
    license='Apache-2.0',
    tests_require=['pytest'],
    entry_points={
        'console_scripts': [
            'grasp_server = capstone_manipulation.grasp_server:main',
        ],
    },
)
