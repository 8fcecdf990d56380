// Cockpit diagram plugin: on each step of a process diagram, the share of its instances done
// within the mutu baku and the number of breaches, over running and finished instances, read from
// the application's /api/mutu-baku/statistik with the Cockpit login.
function label(step) {
  const share = step.persenTepatWaktu === null ? '–' : Math.round(step.persenTepatWaktu * 100) + '%';
  return 'tepat waktu ' + share + ' · pelanggaran ' + step.pelanggaran;
}

function colour(step) {
  if (step.persenTepatWaktu === null) {
    return '#6c757d';
  }
  return step.persenTepatWaktu >= 0.9 ? '#2e7d32' : step.persenTepatWaktu >= 0.7 ? '#b26a00' : '#c62828';
}

export default [
  {
    id: 'standarPelayanan.mutuBakuOverlay',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    priority: 0,
    render: (viewer, {processDefinitionId}) => {
      fetch('/api/mutu-baku/statistik?processDefinitionId=' + encodeURIComponent(processDefinitionId),
        {credentials: 'same-origin', headers: {Accept: 'application/json'}})
        .then(response => (response.ok ? response.json() : []))
        .then(steps => {
          const overlays = viewer.get('overlays');
          const elements = viewer.get('elementRegistry');
          steps.forEach(step => {
            if (!elements.get(step.taskKey)) {
              return;
            }
            const badge = document.createElement('div');
            badge.className = 'mutu-baku-overlay';
            badge.title = step.jumlah + ' tugas, ' + step.diukur + ' terukur, ' + step.tepatWaktu + ' tepat waktu';
            badge.textContent = label(step);
            badge.style.cssText = 'background:' + colour(step) + ';color:#fff;font-size:10px;'
              + 'padding:1px 4px;border-radius:3px;white-space:nowrap;';
            overlays.add(step.taskKey, 'mutu-baku', {position: {top: -20, left: 0}, html: badge});
          });
        });
    }
  }
];
