# `plan --emit FORMAT`: golden files per tool format and the numbering
# options (test_formats.sh); each tool applying its files on PostgreSQL 15
# and reverting them (tools.sh; a tool that is not installed is a skip
# with its reason).
add_test(NAME emit_formats COMMAND ${CMAKE_CURRENT_LIST_DIR}/test_formats.sh $<TARGET_FILE:rollgate>)
set_tests_properties(emit_formats PROPERTIES TIMEOUT 300)
foreach(tool dbmate sqitch rails golang-migrate flyway)
  add_test(NAME emit_tool_${tool} COMMAND ${CMAKE_CURRENT_LIST_DIR}/tools.sh $<TARGET_FILE:rollgate> ${tool})
  set_tests_properties(emit_tool_${tool} PROPERTIES LABELS "pg" TIMEOUT 900 SKIP_RETURN_CODE 77)
endforeach()
