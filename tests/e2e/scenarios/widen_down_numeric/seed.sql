INSERT INTO prices (amount, valid_on) SELECT g * 10, date '2024-01-01' + g % 365 FROM generate_series(1, 3000) g;
