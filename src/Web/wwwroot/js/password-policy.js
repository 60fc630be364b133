// AUTH-3 in the browser: the rules of PasswordPolicy.cs, ticked as the user types, and a strength meter
// (zxcvbn). The numbers, symbols, keyboard rows and the user's forbidden parts come from the server in
// data- attributes of _PasswordChecklist; the server checks every rule again and has the last word.
(() => {
    "use strict";

    const json = (text, fallback) => {
        try {
            return JSON.parse(text);
        } catch {
            return fallback;
        }
    };

    const setup = (root) => {
        const input = root.querySelector("[data-password-input]");
        const confirm = root.querySelector("[data-password-confirm]");
        const meter = root.querySelector("[data-password-strength]");
        const label = root.querySelector("[data-strength-label]");
        const bar = meter.querySelector("[role=progressbar]");
        const min = Number(root.dataset.min);
        const max = Number(root.dataset.max);
        const minScore = Number(root.dataset.minScore);
        const runLength = Number(root.dataset.runLength);
        const symbols = root.dataset.symbols;
        const rows = json(root.dataset.keyboardRows, []);
        const forbidden = json(root.dataset.forbidden, []);
        const labels = json(root.dataset.strengthLabels, []);

        const isSymbol = (c) => symbols.includes(c);
        const isAllowed = (c) => /[A-Za-z0-9]/.test(c) || isSymbol(c);

        const hasKeyboardRun = (lower) => rows.some((row) => {
            const reversed = [...row].reverse().join("");
            for (let start = 0; start + runLength <= row.length; start++) {
                if (lower.includes(row.substring(start, start + runLength)) || lower.includes(reversed.substring(start, start + runLength))) {
                    return true;
                }
            }
            return false;
        });

        // Every letter inside one and the same dictionary word: "Password123!", "P@ssw0rd2024!".
        const isDecoratedWord = (password, sequence) => {
            const letters = [...password].map((c, i) => (/[A-Za-z]/.test(c) ? i : -1)).filter((i) => i >= 0);
            if (letters.length === 0) {
                return false;
            }
            const words = sequence.filter((m) => m.pattern === "dictionary" && letters.some((i) => i >= m.i && i <= m.j));
            return words.length === 1 && letters.every((i) => i >= words[0].i && i <= words[0].j);
        };

        const mark = (item, met) => {
            item.classList.toggle("is-met", met);
            const icon = item.querySelector("i");
            icon.className = met ? "bi bi-check-circle-fill" : "bi bi-circle";
            item.querySelector("[data-rule-state]").textContent = met ? root.dataset.metText : root.dataset.unmetText;
        };

        const evaluate = () => {
            const password = input.value;
            const lower = password.toLowerCase();
            const chars = [...password];
            // Like the server, the costly rules only for what could be a password.
            const possible = password.length > 0 && password.length <= max;
            const estimate = possible && typeof window.zxcvbn === "function" ? window.zxcvbn(password, forbidden) : null;
            const met = {
                MinLength: password.length >= min,
                MaxLength: possible,
                Lowercase: /[a-z]/.test(password),
                Uppercase: /[A-Z]/.test(password),
                Digit: /[0-9]/.test(password),
                Symbol: chars.some(isSymbol),
                AllowedCharacters: password.length > 0 && chars.every(isAllowed),
                NoRepeats: possible && !/(.)\1{3,}/i.test(password) && !/(.{2,})\1{2,}/i.test(password),
                NoKeyboardRun: possible && !hasKeyboardRun(lower),
                NoDictionaryWord: estimate !== null && !isDecoratedWord(password, estimate.sequence),
                NoPersonalInfo: possible && !forbidden.some((part) => lower.includes(part)),
                Strong: estimate !== null && estimate.score >= minScore,
                Match: confirm.value.length > 0 && confirm.value === password,
            };
            root.querySelectorAll("[data-rule]").forEach((item) => mark(item, met[item.dataset.rule] === true));

            const score = estimate === null ? 0 : estimate.score;
            meter.dataset.score = estimate === null ? "" : String(score);
            bar.setAttribute("aria-valuenow", String(score));
            const text = estimate === null ? "" : labels[score] || "";
            bar.setAttribute("aria-valuetext", text);
            label.textContent = text;
        };

        const toggle = root.querySelector("[data-password-toggle]");
        toggle.addEventListener("click", () => {
            const show = toggle.getAttribute("aria-pressed") !== "true";
            toggle.setAttribute("aria-pressed", String(show));
            toggle.querySelector("i").className = show ? "bi bi-eye-slash" : "bi bi-eye";
            [input, confirm].forEach((field) => {
                field.type = show ? "text" : "password";
            });
        });

        input.addEventListener("input", evaluate);
        confirm.addEventListener("input", evaluate);
        evaluate();
    };

    document.querySelectorAll("[data-password-policy]").forEach(setup);
})();
