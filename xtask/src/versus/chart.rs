//! The SVG chart of the report: a panel per headline measure, per size a bar for ours and one
//! for ASO, the value written above each (plotters, SVG backend only: no fonts, no system
//! libraries).

use std::path::Path;

use plotters::prelude::*;

use super::report::Report;

/// The measures charted (names as in the report's rows).
const PANELS: [&str; 6] = [
    "time to all Ready (s)",
    "ARM requests / resource, creation",
    "ARM requests / resource / sync period, steady",
    "peak RSS (MiB)",
    "CPU seconds, whole run",
    "restart: every resource checked again (s)",
];
const OURS: RGBColor = RGBColor(0x1f, 0x77, 0xb4);
const ASO: RGBColor = RGBColor(0xff, 0x7f, 0x0e);

pub fn draw(report: &Report, path: &Path) -> anyhow::Result<()> {
    let sizes = report.sizes();
    let root = SVGBackend::new(path, (1200, 720)).into_drawing_area();
    root.fill(&WHITE)?;
    let title = format!(
        "ours (blue) vs ASO v2.8 (orange), profile {}, same simulators and workload; {} cores, load {}",
        report.profile, report.machine.cores, report.machine.load_average
    );
    let root = root.titled(&title, ("sans-serif", 18))?;
    for (panel, measure) in root.split_evenly((2, 3)).iter().zip(PANELS) {
        let values: Vec<(f64, f64)> = sizes
            .iter()
            .map(|&n| {
                report
                    .rows(n)
                    .into_iter()
                    .find(|r| r.measure == measure)
                    .map_or((0.0, 0.0), |r| {
                        (r.ours.unwrap_or(0.0), r.aso.unwrap_or(0.0))
                    })
            })
            .collect();
        let top = values
            .iter()
            .flat_map(|(o, a)| [*o, *a])
            .fold(0.0f64, f64::max)
            .max(1e-9)
            * 1.25;
        let mut chart = ChartBuilder::on(panel)
            .caption(measure, ("sans-serif", 14))
            .margin(12)
            .x_label_area_size(10)
            .y_label_area_size(48)
            .build_cartesian_2d(0f64..sizes.len().max(1) as f64, 0f64..top)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .disable_x_axis()
            .y_labels(5)
            .draw()?;
        for (i, ((ours, aso), n)) in values.iter().zip(&sizes).enumerate() {
            let x = i as f64;
            for (offset, value, color) in [(0.15, *ours, OURS), (0.5, *aso, ASO)] {
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(x + offset, 0.0), (x + offset + 0.33, value)],
                    color.filled(),
                )))?;
                chart.draw_series(std::iter::once(Text::new(
                    short(value),
                    (x + offset, value + top * 0.02),
                    ("sans-serif", 11),
                )))?;
            }
            chart.draw_series(std::iter::once(Text::new(
                format!("N = {n}"),
                (x + 0.35, top * 0.95),
                ("sans-serif", 12),
            )))?;
        }
    }
    root.present()?;
    Ok(())
}

fn short(v: f64) -> String {
    if v >= 100.0 {
        format!("{v:.0}")
    } else if v >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}
