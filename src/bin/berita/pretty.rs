//! JSON printed as `berita parse` prints a document: two-space indent, arrays of scalars
//! (spans) on one line. `python -m berita` prints the same (`berita.__main__.pretty`).

use serde_json::Value;

/// Pretty JSON that keeps short arrays of numbers (spans) on one line.
pub fn pretty(value: &Value) -> String {
    let mut out = String::new();
    write_pretty(value, 0, &mut out);
    out
}

fn write_pretty(value: &Value, depth: usize, out: &mut String) {
    let pad = |d: usize| "  ".repeat(d);
    match value {
        Value::Array(items) if items.iter().all(|v| !v.is_array() && !v.is_object()) => {
            let parts: Vec<String> = items.iter().map(Value::to_string).collect();
            out.push_str(&format!("[{}]", parts.join(", ")));
        }
        Value::Array(items) => {
            out.push_str("[\n");
            for (i, v) in items.iter().enumerate() {
                out.push_str(&pad(depth + 1));
                write_pretty(v, depth + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push(']');
        }
        Value::Object(map) if map.is_empty() => out.push_str("{}"),
        Value::Object(map) => {
            out.push_str("{\n");
            for (i, (k, v)) in map.iter().enumerate() {
                out.push_str(&format!("{}{}: ", pad(depth + 1), Value::String(k.clone())));
                write_pretty(v, depth + 1, out);
                out.push_str(if i + 1 < map.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(depth));
            out.push('}');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}
