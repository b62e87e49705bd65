-- rollgate:no-transaction
REINDEX TABLE users;
