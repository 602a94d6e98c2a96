// The legend's words (vi, en): each term the report's tables use, and what it means.
import { fixed } from '@tdkt/calendar';

/** `legend.X` is a term as the tables print it, `legend.X.meaning` its explanation. */
export const legendMessages = {
  'legend.title': fixed('Chú giải:', 'Legend:'),
  'legend.earliest-latest': fixed('Sớm nhất / muộn nhất', 'Earliest / latest'),
  'legend.earliest-latest.meaning': fixed(
    'ngày sớm nhất một việc có thể xong, và ngày muộn nhất nó được phép xong mà mọi hạn sau vẫn giữ được.',
    'the earliest day a task can be done, and the latest day it may be done with every later deadline still met.',
  ),
  'legend.slack': fixed('Dự trữ', 'Slack'),
  'legend.slack.meaning': fixed(
    'muộn nhất − sớm nhất, tính bằng ngày: việc có thể lùi bấy nhiêu ngày mà không vỡ hạn nào; âm là đã có xung đột.',
    'latest − earliest, in days: how far a task can slip without breaking a deadline; negative means a conflict.',
  ),
  'legend.critical-path': fixed('Đường găng', 'Critical path'),
  'legend.critical-path.meaning': fixed(
    'chuỗi việc quyết định ngày xong sớm nhất của kế hoạch: một ngày trễ ở đây là một ngày trễ cả kế hoạch.',
    'the chain of tasks that fixes the plan’s earliest finish: a day lost on it is a day lost for the plan.',
  ),
  'legend.median-run': fixed('Lần chạy trung vị, [a–b]', 'Median run, [a–b]'),
  'legend.median-run.meaning': fixed(
    'mỗi lần chạy rút lại hành vi các đơn vị; bảng in số liệu của lần chạy có tổng hồ sơ xong đúng hạn ở giữa (nên các cột cộng lại khớp nhau), [a–b] là khoảng chứa 90 % các lần chạy của từng số.',
    'each run draws the units’ behaviour anew; the tables show the run in the middle by dossiers finished on time (so columns add up), and [a–b] the range of 90 % of the runs for each figure.',
  ),
  'legend.arrived': fixed('Hồ sơ đến', 'Arrived'),
  'legend.arrived.meaning': fixed(
    'số lượt hồ sơ đến chờ ở bước (một hồ sơ bị trả lại rồi nộp lại được tính thêm một lượt).',
    'visits: times a dossier came to wait at the step (a dossier returned and resubmitted counts again).',
  ),
  'legend.processed': fixed('Đã xử lý', 'Processed'),
  'legend.processed.meaning': fixed(
    'lượt người xử lý đã duyệt, chuyển tiếp hoặc trả lại; bằng đúng hạn + trễ.',
    'visits the actor approved, forwarded or returned; equal to on time + late.',
  ),
  'legend.returned': fixed('Trả lại', 'Returned'),
  'legend.returned.meaning': fixed(
    'lượt bị trả lại để hoàn thiện (nằm trong số đã xử lý).',
    'visits returned for revision (part of the processed).',
  ),
  'legend.overdue': fixed('Quá hạn', 'Overdue'),
  'legend.overdue.meaning': fixed(
    'lượt chưa được xử lý thì hẹn giờ „quá hạn” của bước đã chuyển hồ sơ đi.',
    'visits moved on by the step’s timeout (quá hạn) before anyone acted.',
  ),
  'legend.finished-on-time': fixed('Xong đúng hạn', 'On time'),
  'legend.finished-on-time.meaning': fixed(
    'tỉ lệ hồ sơ xong đúng hạn trong số hồ sơ đến hạn trong kỳ: đã xong (đúng hạn hoặc trễ) hoặc tồn đọng; hồ sơ đang chạy khi hết kỳ chưa có kết quả nên không tính. Trễ: có bước xử lý sau hạn hoặc bị quá hạn chuyển đi.',
    'the share finished on time of the dossiers due within the period: finished (on time or late) or stuck; dossiers still running when the period ends have no result yet and are not counted. Late: a step acted after its deadline, or a timeout moved the dossier.',
  ),
  'legend.stuck': fixed('Tồn đọng', 'Stuck'),
  'legend.stuck.meaning': fixed(
    'hồ sơ còn chờ khi hết kỳ kế hoạch mà hạn của bước đang chờ đã qua (hoặc bước không có hạn và không còn hẹn giờ nào: người xử lý không làm).',
    'dossiers still waiting when the plan’s period ends, past the deadline of their step (or at a step with no deadline and no timer to come: nobody acts).',
  ),
  'legend.running': fixed('Đang chạy', 'Running'),
  'legend.running.meaning': fixed(
    'hồ sơ chưa xong khi hết kỳ kế hoạch nhưng còn trong hạn: hạn của bước đang chờ, hay hẹn giờ kế tiếp (hết thời gian công khai, thời hiệu khiếu nại), rơi sau ngày cuối kỳ — quy trình kéo dài quá kỳ, không phải tồn đọng. Ở mỗi bước: hồ sơ đến = đã xử lý + quá hạn + tồn đọng + đang chạy.',
    'dossiers unfinished when the plan’s period ends but within their deadline: the deadline of their step, or the next timer (a posting period’s end, a complaint window), falls after the period — the procedure runs past it; not stuck. At each step: arrived = processed + overdue + stuck + running.',
  ),
  'legend.risk': fixed('Rủi ro', 'Risk'),
  'legend.risk.meaning': fixed(
    '(trễ + quá hạn + tồn đọng) / hồ sơ đến: bước càng cao càng dễ làm kế hoạch trễ.',
    '(late + overdue + stuck) / arrived: the higher, the more the step endangers the plan.',
  ),
  'legend.depends-on-one-unit': fixed('Phụ thuộc vào một đơn vị', 'Depends on one unit'),
  'legend.depends-on-one-unit.meaning': fixed(
    'mọi hồ sơ của quy trình đều qua tay một đơn vị duy nhất: đơn vị đó trễ thì cả quy trình trễ (khoảng 90 % cho thấy điều đó).',
    'every dossier of the procedure passes one single unit: if it is late, the whole procedure is (the 90 % interval shows it).',
  ),
} as const;
