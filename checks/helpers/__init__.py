"""Helpers the rules share, one module per topic and one helper per question.

navigation   where a node is: its function, class, statement, loop, branch
expressions  operators, operands, casts seen through, how a value is used
calls        a call's arguments, receiver, declaring class; finding calls by name
objects      which variable or object an expression names
values       literal values: integers, null, strings, initializers
signals      connect() taken apart once per file; which functions run on a signal
qt_types     Qt's classes: sockets, servers, bases, derives-from
source_text  the file's text: normalised lvalues, indentation, the macro around a node
"""
