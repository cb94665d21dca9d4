// Apache ECharts for the console: Blazor hands over an option object; a click on a bar calls back with its index.
window.ghCharts = {
  render(element, option, callback) {
    const chart = echarts.getInstanceByDom(element) || echarts.init(element);
    chart.setOption(option, true);
    chart.off('click');
    if (callback) {
      chart.on('click', p => callback.invokeMethodAsync('OnChartClick', p.dataIndex));
    }
    if (!element.ghResize) {
      element.ghResize = () => chart.resize();
      window.addEventListener('resize', element.ghResize);
    }
  },
  dispose(element) {
    if (!element) return;
    const chart = echarts.getInstanceByDom(element);
    if (chart) chart.dispose();
    if (element.ghResize) window.removeEventListener('resize', element.ghResize);
  }
};
