//! Python bindings (pyo3). Every line of pyo3 code lives here, behind the `python` feature.
