/*
 * The console's own script, served from 'self' (the Content-Security-Policy runs no inline handler that PrimeFaces
 * did not write). A download link marked data-monitor-download="<key>" shows the template's busy indicator (the
 * p:ajaxStatus widget "busy", which only sees Ajax requests) from the click until the answer's headers arrive:
 * the server sets PrimeFaces' download cookie (primefaces.download_<view>_<key>) on that answer, and
 * PrimeFaces.monitorDownload polls for it once a second, then removes it. The rest of a long download is the
 * browser's own download bar.
 */
(function () {
    'use strict';
    function busy(facet) {
        var status = PrimeFaces.widgets.busy;
        if (status) {
            status.trigger(facet, []);
        }
    }
    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('a[data-monitor-download]');
        if (link) {
            PrimeFaces.monitorDownload(function () { busy('start'); }, function () { busy('complete'); },
                link.getAttribute('data-monitor-download'));
        }
    });
})();
