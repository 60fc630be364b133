// AUTH-5 (a): the resend button counts down the 30 seconds before a new code may be sent.
// The server enforces the wait; this only shows it.
(() => {
    "use strict";
    const button = document.querySelector("[data-resend-seconds]");
    if (!button) {
        return;
    }
    let seconds = parseInt(button.dataset.resendSeconds, 10) || 0;
    const render = () => {
        button.disabled = seconds > 0;
        button.textContent = seconds > 0 ? button.dataset.resendWait.replace("{0}", String(seconds)) : button.dataset.resendLabel;
    };
    render();
    const timer = setInterval(() => {
        seconds -= 1;
        render();
        if (seconds <= 0) {
            clearInterval(timer);
        }
    }, 1000);
})();
