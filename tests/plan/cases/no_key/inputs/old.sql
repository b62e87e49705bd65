CREATE TABLE logs (line text, at timestamptz);
