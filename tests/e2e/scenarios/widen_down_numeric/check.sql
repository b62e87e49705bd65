SELECT id, 'amount changed' FROM prices WHERE id <= 3000 AND amount <> id * 10
UNION ALL
SELECT 0, 'the amount with cents is gone' WHERE NOT EXISTS (SELECT 1 FROM prices WHERE amount = 12.34);
