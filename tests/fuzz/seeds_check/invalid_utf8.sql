SELECT ÿþ FROM users;
