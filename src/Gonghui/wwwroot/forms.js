// Brings a refused form's first red field, or its alert, into view: a tall form's errors may be out of sight.
window.ghScrollToError = () => {
    const first = document.querySelector('.ant-modal-wrap .ant-form-item-has-error, .ant-drawer .ant-form-item-has-error, .ant-form-item-has-error, .ant-modal-wrap .ant-alert-error');
    if (first) {
        first.scrollIntoView({ block: 'center' });
        const input = first.querySelector('input, textarea');
        if (input) {
            input.focus({ preventScroll: true });
        }
    }
};
