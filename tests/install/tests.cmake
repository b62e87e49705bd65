# `cmake --install` into a temporary prefix: the program on PATH, its
# --help and --version, and the man page (test_install.sh).
add_test(NAME install COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_install.sh ${CMAKE_BINARY_DIR})
set_tests_properties(install PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)
