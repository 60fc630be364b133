// AUTH-9: passkey ceremonies. The server makes the WebAuthn options and verifies the answer; this
// script only carries them between the page, the browser's authenticator and the form.
(() => {
    "use strict";
    const forms = document.querySelectorAll("form[data-passkey]");
    if (!window.PublicKeyCredential || !PublicKeyCredential.parseCreationOptionsFromJSON) {
        forms.forEach(form => { form.hidden = true; });
        return;
    }

    const fetchOptions = async form => {
        const token = form.querySelector("input[name='__RequestVerificationToken']").value;
        const response = await fetch(form.dataset.optionsUrl, {
            method: "POST",
            headers: { "RequestVerificationToken": token },
            credentials: "same-origin",
        });
        if (!response.ok) {
            throw new Error(`options: ${response.status}`);
        }
        return response.json();
    };

    const ceremony = {
        register: async options => navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) }),
        signin: async options => navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) }),
    };

    forms.forEach(form => {
        form.addEventListener("submit", async event => {
            event.preventDefault();
            const error = form.querySelector("[data-passkey-error]");
            error.hidden = true;
            if (form.dataset.passkey === "register" && !form.reportValidity()) {
                return;
            }
            try {
                const credential = await ceremony[form.dataset.passkey](await fetchOptions(form));
                form.querySelector("input[name='credential']").value = JSON.stringify(credential);
                form.submit();
            } catch {
                error.hidden = false;
            }
        });
    });
})();
