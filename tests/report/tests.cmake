# Evidence tests: the unit test of SHA-256, escaping, the ledger
# (migrations, refusal of newer schemas) and the record -> load -> render
# round trip; the end-to-end script: golden CSV/JUnit/SARIF of a fixed case,
# `report` of a past run equal to the original files, a run killed inside
# its ledger transaction; and report_html: the HTML in headless Chromium
# (screenshot, DOM sections, escaping; a skip when chromium is missing).
# RG_UPDATE_GOLDEN=1 rewrites the golden files.
add_executable(test_report ${CMAKE_CURRENT_LIST_DIR}/test_report.c)
target_include_directories(test_report PRIVATE ${CMAKE_CURRENT_LIST_DIR}/../../src)
target_link_libraries(test_report PRIVATE rollgate_lib)
add_test(NAME report_unit COMMAND test_report)
add_test(NAME report_cli COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_report.sh $<TARGET_FILE:rollgate>
         ${CMAKE_CURRENT_LIST_DIR})
set_tests_properties(report_cli PROPERTIES TIMEOUT 300)
add_test(NAME report_html COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_report.sh $<TARGET_FILE:rollgate>
         ${CMAKE_CURRENT_LIST_DIR} html)
set_tests_properties(report_html PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)
