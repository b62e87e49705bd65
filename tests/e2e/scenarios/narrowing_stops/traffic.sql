-- (never reached: the rollout stops before the deploy)
EXECUTE v1_add_item('x', 'y', 1, '2024-01-01', 1);
EXECUTE v2_add_item('x', 'y', 1, '2024-01-01', 1);
