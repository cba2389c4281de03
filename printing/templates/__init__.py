"""Document templates, one module per family; printing.registry names them all."""
