// UI-1: the home page's charts (Chart.js), drawn from the numbers the page carries on each canvas. The tables
// beside them hold the same numbers: open without script, folded away once the chart is drawn.
(() => {
    if (typeof Chart === 'undefined')
        return;
    const text = getComputedStyle(document.body).color;
    for (const canvas of document.querySelectorAll('.home-chart canvas[data-counts]')) {
        const frame = canvas.parentElement;
        frame.hidden = false;
        // The bar colour is the canvas's CSS colour (site.css), chosen for contrast on white (UI-5).
        const colour = getComputedStyle(canvas).color;
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: JSON.parse(canvas.dataset.labels),
                datasets: [{ label: canvas.dataset.series, data: JSON.parse(canvas.dataset.counts), backgroundColor: colour }],
            },
            options: {
                animation: false,
                maintainAspectRatio: false,
                plugins: { legend: { display: false } },
                scales: {
                    x: { ticks: { color: text, autoSkip: true, maxRotation: 0 }, grid: { display: false } },
                    y: { beginAtZero: true, ticks: { color: text, precision: 0 } },
                },
            },
        });
        frame.nextElementSibling?.removeAttribute('open');
    }
})();
