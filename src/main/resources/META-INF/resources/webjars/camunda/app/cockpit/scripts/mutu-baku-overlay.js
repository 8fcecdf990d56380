// Cockpit diagram plugin: on each step of a process diagram, the share of its instances done
// within the mutu baku and the number of breaches, over running and finished instances, read from
// the application's /api/mutu-baku/statistik with the Cockpit login.
//
// Readable at every zoom: a badge sits in the free space above its step (never over a task's
// label), is never drawn smaller than 12 px text (bpmn-js overlay scale min 1), and is laid out
// again whenever the diagram is zoomed, moved or maximised: the full text ("tepat waktu 92%" /
// "pelanggaran 3") where it fits, else the short form "92% · 3", else (zoomed far out, where
// even that would touch the neighbouring badge) it waits until the diagram is enlarged; a legend in
// the corner explains the short form. The statistics are asked for as soon as a diagram page is
// entered, beside Cockpit's own requests, not after the diagram is drawn.
const CELAH = 4;
// shared through the window: Cockpit may load this module more than once
const prefetched = window.standarPelayananStatistik || (window.standarPelayananStatistik = new Map());

function statistikUrl(processDefinitionId) {
  return '/api/mutu-baku/statistik?processDefinitionId=' + encodeURIComponent(processDefinitionId);
}

function ambil(processDefinitionId) {
  return fetch(statistikUrl(processDefinitionId), {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then(response => (response.ok ? response.json() : []))
    .catch(() => []);
}

// Cockpit may draw a diagram twice as its page opens: both use the answer asked for on entering
function statistik(processDefinitionId) {
  return prefetched.get(processDefinitionId) || ambil(processDefinitionId);
}

// #/process-definition/<id>/runtime: ask while Cockpit loads the page and draws the diagram
function prefetch() {
  const match = window.location.hash.match(/^#\/process-definition\/([^/?]+)/);
  if (match) {
    const id = decodeURIComponent(match[1]);
    if (!prefetched.has(id)) {
      const early = ambil(id);
      prefetched.set(id, early);
      // kept while the page opens, not for a later visit: its numbers would be old by then
      setTimeout(() => prefetched.get(id) === early && prefetched.delete(id), 5000);
    }
  }
}
if (!window.standarPelayananStatistikDiminta) {
  window.standarPelayananStatistikDiminta = true;
  window.addEventListener('hashchange', prefetch);
  prefetch();
}

// the short form counts in thousands and millions as Indonesians write them: "3 rb", "1,2 jt"
const SINGKAT = new Intl.NumberFormat('id-ID', {notation: 'compact', maximumFractionDigits: 1});

function persen(step) {
  return step.persenTepatWaktu === null ? '–' : Math.round(step.persenTepatWaktu * 100) + '%';
}

function warna(step) {
  if (step.persenTepatWaktu === null) {
    return 'mb-belum';
  }
  return step.persenTepatWaktu >= 0.9 ? 'mb-baik' : step.persenTepatWaktu >= 0.7 ? 'mb-sedang' : 'mb-buruk';
}

function span(className, text) {
  const node = document.createElement('span');
  node.className = className;
  node.textContent = text;
  return node;
}

function lencana(step) {
  const badge = document.createElement('div');
  badge.className = 'mutu-baku-overlay ' + warna(step);
  badge.dataset.langkah = step.taskKey;
  badge.dataset.tampilan = 'ringkas';
  const kalimat = 'Mutu baku: ' + persen(step) + ' tepat waktu (' + step.tepatWaktu + ' dari ' + step.diukur
    + ' tugas terukur, ' + step.jumlah + ' tugas), ' + step.pelanggaran + ' pelanggaran';
  badge.title = kalimat;
  badge.setAttribute('aria-label', kalimat);
  const lengkap = span('mb-lengkap', '');
  lengkap.append(span('mb-baris', 'tepat waktu ' + persen(step)), span('mb-baris', 'pelanggaran ' + step.pelanggaran));
  badge.append(lengkap, span('mb-ringkas', persen(step) + '\u2009·\u2009' + SINGKAT.format(step.pelanggaran)));
  return badge;
}

/** Size of a badge in one form at scale 1, measured on a copy in the page (the diagram may be hidden yet). */
function ukuran(badge, mode) {
  const probe = badge.cloneNode(true);
  probe.dataset.tampilan = mode;
  probe.style.visibility = 'hidden';
  probe.style.top = '0';
  probe.style.bottom = 'auto';
  document.body.append(probe);
  const size = {w: probe.offsetWidth, h: probe.offsetHeight};
  probe.remove();
  return size;
}

function legenda(container) {
  const box = document.createElement('div');
  box.className = 'mutu-baku-legenda';
  box.append(span('mb-judul', 'Lencana mutu baku'), span('mb-isi',
    '“92% · 3”: 92% langkah selesai tepat waktu, 3 pelanggaran (rb = ribu). Arahkan kursor ke lencana untuk '
    + 'rinciannya; perbesar diagram untuk teks lengkapnya.'),
  span('mb-tersembunyi', ''));
  container.append(box);
  return box;
}

export default [
  {
    id: 'standarPelayanan.mutuBakuOverlay',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    priority: 0,
    render: (viewer, {processDefinitionId}) => {
      statistik(processDefinitionId).then(steps => {
        const overlays = viewer.get('overlays');
        const elements = viewer.get('elementRegistry');
        const canvas = viewer.get('canvas');
        const placed = [];
        steps.forEach(step => {
          const shape = elements.get(step.taskKey);
          if (!shape) {
            return;
          }
          const badge = lencana(step);
          overlays.add(shape, 'mutu-baku', {position: {top: 0, left: 0}, html: badge, scale: {min: 1}});
          placed.push({shape, badge, lengkap: ukuran(badge, 'lengkap'), ringkas: ukuran(badge, 'ringkas')});
        });
        if (placed.length === 0) {
          return;
        }
        const box = legenda(canvas.getContainer());
        // what a badge must stay clear of: every shape and label above it; its lane's (or pool's) top
        // edge is its ceiling; with neither (a diagram without lanes) the view is widened to show it
        const frames = ['bpmn:Lane', 'bpmn:Participant'];
        const obstacles = elements.filter(element => !element.waypoints && element.width !== undefined
          && element.parent && !frames.includes(element.type));
        const lanes = elements.filter(element => frames.includes(element.type));
        const ceiling = shape => {
          // a badge may be a little wider than its step
          const right = shape.x + Math.max(shape.width, 130);
          const above = obstacles.filter(other => other !== shape && other.y + other.height <= shape.y
            && other.x < right && shape.x < other.x + other.width).map(other => other.y + other.height);
          const around = lanes.filter(lane => lane.x <= shape.x && lane.y <= shape.y
            && lane.y + lane.height >= shape.y + shape.height).map(lane => lane.y);
          return Math.max(-Infinity, ...above, ...around);
        };
        placed.forEach(item => {
          item.langit = ceiling(item.shape);
        });

        let firstLayouts = 2;
        const layout = () => {
          const zoom = canvas.zoom();
          const scale = Math.max(zoom, 1);
          let hidden = 0;
          let highest = Infinity;
          placed.forEach(item => {
            const {shape, badge} = item;
            // free width to the next badged step on the same row, free height above the step
            const neighbours = placed.filter(other => other !== item && other.shape.x > shape.x
              && other.shape.y < shape.y + shape.height && shape.y < other.shape.y + other.shape.height);
            const width = neighbours.length
              ? (Math.min(...neighbours.map(other => other.shape.x)) - shape.x) * zoom - CELAH : Infinity;
            const height = (shape.y - item.langit) * zoom - CELAH;
            const fits = size => size.w * scale <= width && size.h * scale <= height;
            const mode = fits(item.lengkap) ? 'lengkap' : fits(item.ringkas) ? 'ringkas' : 'tersembunyi';
            badge.dataset.tampilan = mode;
            if (mode === 'tersembunyi') {
              hidden++;
            } else {
              // the badge's top edge in diagram units (it is drawn CELAH px above its step)
              highest = Math.min(highest, shape.y - (item[mode].h + CELAH) * scale / zoom);
            }
          });
          box.querySelector('.mb-tersembunyi').textContent = hidden
            ? hidden + ' lencana disembunyikan agar tidak bertumpuk: perbesar diagram untuk melihatnya.' : '';
          // as the page opens: widen the fitted view upwards so no badge is cut off at its top edge
          const view = canvas.viewbox();
          if (firstLayouts > 0 && highest < view.y - 1) {
            firstLayouts--;
            const grow = view.y - highest;
            canvas.viewbox({x: view.x - grow * view.width / view.height / 2, y: highest, width: view.width
              + grow * view.width / view.height, height: view.height + grow});
          }
        };
        let pending = false;
        viewer.get('eventBus').on('canvas.viewbox.changed', () => {
          if (!pending) {
            pending = true;
            requestAnimationFrame(() => {
              pending = false;
              layout();
            });
          }
        });
        layout();
      });
    }
  }
];
