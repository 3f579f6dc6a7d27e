"""The analysis partitioned on Dask (tiles with a halo, windowed DEM reads) and the cluster connection.
"""
